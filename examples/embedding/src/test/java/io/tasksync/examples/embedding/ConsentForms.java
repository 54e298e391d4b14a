package io.tasksync.examples.embedding;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Approves a stand-in's consent page over plain HTTP, as a browser submitting its form would. */
final class ConsentForms {

  private static final Pattern FORM =
      Pattern.compile("<form method=\"post\" action=\"([^\"]+)\">(.*?)</form>", Pattern.DOTALL);
  private static final Pattern HIDDEN =
      Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");

  private ConsentForms() {}

  /** Submits the consent page's first form with {@code decision=approve}; returns the callback. */
  static URI approve(HttpClient http, URI consent) throws IOException, InterruptedException {
    String page =
        http.send(HttpRequest.newBuilder(consent).build(), HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher form = FORM.matcher(page);
    if (!form.find()) {
      throw new IllegalStateException("no consent form on " + consent);
    }
    List<String> fields = new ArrayList<>();
    Matcher hidden = HIDDEN.matcher(form.group(2));
    while (hidden.find()) {
      fields.add(hidden.group(1) + "=" + encode(unescape(hidden.group(2))));
    }
    if (fields.stream().noneMatch(f -> f.startsWith("decision="))) {
      fields.add("decision=approve");
    }
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(consent.resolve(form.group(1)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(String.join("&", fields)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return URI.create(answer.headers().firstValue("Location").orElseThrow());
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String unescape(String html) {
    return html.replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }
}
