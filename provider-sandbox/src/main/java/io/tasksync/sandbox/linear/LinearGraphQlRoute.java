package io.tasksync.sandbox.linear;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.language.Document;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code POST /graphql}: authenticates the bearer token, charges the grant's request and complexity
 * budgets (HTTP 400 with {@code extensions.code: RATELIMITED} when either is spent), executes the
 * query against the stand-in's schema (Linear's shapes) and reports the budgets in {@code
 * X-RateLimit-*}.
 */
final class LinearGraphQlRoute {

  private final LinearStandInConfig config;
  private final LinearGrants grants;
  private final LinearFaults faults;
  private final GraphQL graphQl;
  private final LinearWorkspace workspace;
  private final ObjectMapper json;
  private final Clock clock;
  private final Map<String, LinearBudget> budgets = new ConcurrentHashMap<>();
  final AtomicLong requests = new AtomicLong();
  final AtomicLong complexityUsed = new AtomicLong();
  final AtomicLong rateLimited = new AtomicLong();

  LinearGraphQlRoute(
      LinearStandInConfig config,
      LinearGrants grants,
      LinearFaults faults,
      GraphQL graphQl,
      LinearWorkspace workspace,
      ObjectMapper json,
      Clock clock) {
    this.config = config;
    this.grants = grants;
    this.faults = faults;
    this.graphQl = graphQl;
    this.workspace = workspace;
    this.json = json;
    this.clock = clock;
  }

  void handle(Context ctx) throws Exception {
    requests.incrementAndGet();
    LinearFaults.Kind fault = faults.nextGraphQl();
    if (fault == LinearFaults.Kind.STATUS) {
      ctx.status(faults.failureStatus())
          .contentType("text/html")
          .result("<html>Bad gateway</html>");
      return;
    }
    if (fault == LinearFaults.Kind.DELAY) {
      Thread.sleep(faults.delay().toMillis());
    }
    String grant = grants.grantOf(bearer(ctx.header("Authorization")));
    if (grant == null) {
      error(
          ctx,
          401,
          "Authentication required, not authenticated",
          "AUTHENTICATION_ERROR",
          "authentication error",
          "You need to authenticate to access this operation.");
      return;
    }
    Instant now = clock.instant();
    LinearBudget budget =
        budgets.computeIfAbsent(
            grant,
            g ->
                new LinearBudget(
                    config.requestsLimit(), config.complexityLimit(), config.limitPeriod(), now));
    if (fault == LinearFaults.Kind.RATE_LIMIT) {
      budget.drain(now);
    }
    JsonNode body;
    Document document;
    try {
      body = json.readTree(ctx.bodyAsBytes());
      document = Parser.parse(body.path("query").asText(""));
    } catch (InvalidSyntaxException | java.io.IOException e) {
      error(
          ctx,
          400,
          "Syntax error: " + e.getMessage(),
          "GRAPHQL_PARSE_FAILED",
          "graphql error",
          null);
      return;
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> variables =
        body.hasNonNull("variables")
            ? json.convertValue(body.get("variables"), Map.class)
            : Map.of();
    long cost = LinearComplexity.of(document, variables);
    if (cost > config.maxQueryComplexity()) {
      error(
          ctx,
          400,
          "Query too complex: " + cost + " points, the maximum is " + config.maxQueryComplexity(),
          "INPUT_ERROR",
          "invalid input",
          null);
      return;
    }
    if (!budget.tryTake(cost, now)) {
      rateLimited.incrementAndGet();
      budget.headers(now).forEach(ctx::header);
      error(
          ctx,
          400,
          "Rate limit exceeded",
          "RATELIMITED",
          "ratelimited",
          "You have exceeded the API rate limit; try again later.");
      return;
    }
    complexityUsed.addAndGet(cost);
    ExecutionResult result =
        graphQl.execute(
            ExecutionInput.newExecutionInput()
                .query(body.path("query").asText())
                .operationName(body.path("operationName").asText(null))
                .variables(variables)
                .graphQLContext(Map.of(LinearQueryFetchers.WORKSPACE, workspace))
                .build());
    if (result.isDataPresent()) {
      budget.headers(now).forEach(ctx::header);
      ctx.header("X-Complexity", Long.toString(cost));
    }
    String text = json.writeValueAsString(result.toSpecification());
    if (fault == LinearFaults.Kind.TRUNCATE) {
      text = text.substring(0, text.length() / 2);
    }
    ctx.status(result.isDataPresent() ? 200 : 400).contentType("application/json").result(text);
  }

  private void error(
      Context ctx, int status, String message, String code, String type, String userMessage)
      throws Exception {
    Map<String, Object> extensions = new java.util.LinkedHashMap<>();
    extensions.put("code", code);
    extensions.put("type", type);
    if (userMessage != null) {
      extensions.put("userPresentableMessage", userMessage);
    }
    extensions.put("statusCode", "RATELIMITED".equals(code) ? 429 : status);
    Map<String, Object> error = Map.of("message", message, "extensions", extensions);
    ctx.status(status)
        .contentType("application/json")
        .result(json.writeValueAsString(Map.of("errors", List.of(error))));
  }

  private static String bearer(String header) {
    if (header == null) {
      return null;
    }
    return header.startsWith("Bearer ")
        ? header.substring("Bearer ".length()).trim()
        : header.trim();
  }
}
