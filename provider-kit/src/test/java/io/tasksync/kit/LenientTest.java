package io.tasksync.kit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LenientTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JsonNode json(String s) throws Exception {
    return MAPPER.readTree(s.replace('\'', '"'));
  }

  @Test
  void absentNullAndWronglyTypedFields_readAsNull() throws Exception {
    JsonNode n = json("{'a':null,'b':{},'c':[1],'d':true,'e':'','f':'soon'}");

    for (String f : new String[] {"a", "b", "c", "d", "e", "f", "missing"}) {
      assertThat(Lenient.whole(n, f)).as(f).isNull();
      assertThat(Lenient.instant(n, f)).as(f).isNull();
      assertThat(Lenient.date(n, f)).as(f).isNull();
      assertThat(Lenient.epochMillis(n, f)).as(f).isNull();
    }
    assertThat(Lenient.text(n, "b")).isNull();
    assertThat(Lenient.text(n, "d")).isNull();
    assertThat(Lenient.text(n, "e")).isNull();
    assertThat(Lenient.items(n, "b")).isEmpty();
    assertThat(Lenient.object(n, "c").isMissingNode()).isTrue();
    assertThat(Lenient.text(null, "a")).isNull();
  }

  @Test
  void numbersSentAsStrings_andIdsSentAsNumbers_areRead() throws Exception {
    JsonNode n =
        json(
            "{'ms':'1714557600000','est':3600000,'idx':'12.50000000000000000000','id':81234567,"
                + "'at':'2024-05-01T10:00:00.000Z','on':'2024-05-01','big':1.0E3}");

    assertThat(Lenient.epochMillis(n, "ms")).isEqualTo(Instant.parse("2024-05-01T10:00:00Z"));
    assertThat(Lenient.whole(n, "est")).isEqualTo(3_600_000L);
    assertThat(Lenient.number(n, "idx")).isEqualTo(12.5);
    assertThat(Lenient.whole(n, "idx")).isEqualTo(12L);
    assertThat(Lenient.text(n, "id")).isEqualTo("81234567");
    assertThat(Lenient.text(n, "big")).isEqualTo("1000");
    assertThat(Lenient.instant(n, "at")).isEqualTo(Instant.parse("2024-05-01T10:00:00Z"));
    assertThat(Lenient.date(n, "on")).isEqualTo(LocalDate.of(2024, 5, 1));
  }

  @Test
  void exactText_keepsInvisibleMarks() throws Exception {
    JsonNode n = MAPPER.createObjectNode().put("name", "\u200E Launch ");

    assertThat(Lenient.exactText(n, "name")).isEqualTo("\u200E Launch ");
  }
}
