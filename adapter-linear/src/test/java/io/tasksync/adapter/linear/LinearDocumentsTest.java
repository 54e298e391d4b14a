package io.tasksync.adapter.linear;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionInput;
import graphql.ParseAndValidate;
import graphql.ParseAndValidateResult;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every GraphQL document the adapter sends is valid against Linear's published schema (skipped,
 * saying why, where it is absent) and against the stand-in's schema.
 */
class LinearDocumentsTest {

  private static final Map<LinearSchemas, GraphQLSchema> parsed =
      new EnumMap<>(LinearSchemas.class);

  private static synchronized GraphQLSchema schema(LinearSchemas which) {
    return parsed.computeIfAbsent(
        which,
        w -> UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(w.sdl())));
  }

  private static ParseAndValidateResult validate(LinearSchemas which, String document) {
    return ParseAndValidate.parseAndValidate(
        schema(which), ExecutionInput.newExecutionInput().query(document).build());
  }

  static Stream<Arguments> documents() {
    return Stream.of(LinearSchemas.values())
        .flatMap(s -> LinearDocuments.ALL.stream().map(d -> Arguments.of(s, d)));
  }

  @ParameterizedTest(name = "{1} against the {0} schema")
  @MethodSource("documents")
  void document_isValid(LinearSchemas which, String name) {
    ParseAndValidateResult result = validate(which, LinearDocuments.load(name));

    assertThat(result.getErrors()).isEmpty();
  }

  @ParameterizedTest(name = "against the {0} schema")
  @EnumSource(LinearSchemas.class)
  void misspelledField_failsValidation(LinearSchemas which) {
    String misspelled = LinearDocuments.ISSUES_PAGE.replace("identifier", "identifer");

    ParseAndValidateResult result = validate(which, misspelled);

    assertThat(result.getErrors())
        .anySatisfy(e -> assertThat(e.getMessage()).contains("identifer"));
  }
}
