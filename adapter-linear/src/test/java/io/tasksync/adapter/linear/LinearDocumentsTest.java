package io.tasksync.adapter.linear;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionInput;
import graphql.ParseAndValidate;
import graphql.ParseAndValidateResult;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Every GraphQL document the adapter sends is valid against Linear's official schema. */
class LinearDocumentsTest {

  /** Linear's schema, as the stand-in ships it (a copy of linear/linear's SDK schema). */
  static final String SCHEMA = "/io/tasksync/sandbox/linear/linear_schema.graphql";

  static final java.util.List<String> DOCUMENTS = LinearDocuments.ALL;

  private static GraphQLSchema schema;

  @BeforeAll
  static void parseSchema() throws IOException {
    try (InputStream in = LinearDocumentsTest.class.getResourceAsStream(SCHEMA)) {
      assertThat(in).as("Linear's schema on the test classpath").isNotNull();
      String sdl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(sdl));
    }
  }

  private static ParseAndValidateResult validate(String document) {
    return ParseAndValidate.parseAndValidate(
        schema, ExecutionInput.newExecutionInput().query(document).build());
  }

  @ParameterizedTest
  @FieldSource("DOCUMENTS")
  void document_isValidAgainstLinearsSchema(String name) {
    ParseAndValidateResult result = validate(LinearDocuments.load(name));

    assertThat(result.getErrors()).isEmpty();
  }

  @Test
  void misspelledField_failsValidation() {
    String misspelled = LinearDocuments.ISSUES_PAGE.replace("identifier", "identifer");

    ParseAndValidateResult result = validate(misspelled);

    assertThat(result.getErrors())
        .anySatisfy(e -> assertThat(e.getMessage()).contains("identifer"));
  }
}
