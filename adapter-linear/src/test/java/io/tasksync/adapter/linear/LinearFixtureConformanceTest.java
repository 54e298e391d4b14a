package io.tasksync.adapter.linear;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.StringValue;
import graphql.language.UnionTypeDefinition;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.GraphQLScalarType;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.ScalarInfo;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.TypeRuntimeWiring;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The fixture is a real answer to {@code IssuesPage.graphql}: executing the document against
 * Linear's official schema with the fixture as the data source gives back exactly the fixture, so
 * every field in it is selected by the document and has the schema's type.
 */
class LinearFixtureConformanceTest {

  @Test
  void issuesPageFixture_conformsToTheSchemaAndTheDocument() throws Exception {
    ObjectMapper json = new ObjectMapper();
    JsonNode fixture = LinearIssueMapperTest.fixture(json);
    Object issues = json.convertValue(fixture.at("/data/issues"), Map.class);
    GraphQL graphQl = GraphQL.newGraphQL(schemaAnswering(issues)).build();

    ExecutionResult result =
        graphQl.execute(
            ExecutionInput.newExecutionInput()
                .query(LinearDocuments.ISSUES_PAGE)
                .variables(Map.of("first", 4))
                .build());

    assertThat(result.getErrors()).isEmpty();
    JsonNode answered = json.valueToTree(result.getData());
    Comparator<JsonNode> sameValue =
        (a, b) ->
            a.isNumber() && b.isNumber()
                ? Double.compare(a.asDouble(), b.asDouble())
                : a.equals(b) ? 0 : 1;
    assertThat(answered.equals(sameValue, fixture.get("data")))
        .as("executed %s%nfixture %s", answered, fixture.get("data"))
        .isTrue();
  }

  private static graphql.schema.GraphQLSchema schemaAnswering(Object issues) throws Exception {
    TypeDefinitionRegistry types;
    try (InputStream in =
        LinearFixtureConformanceTest.class.getResourceAsStream(LinearDocumentsTest.SCHEMA)) {
      types = new SchemaParser().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    RuntimeWiring.Builder wiring =
        RuntimeWiring.newRuntimeWiring()
            .type(TypeRuntimeWiring.newTypeWiring("Query").dataFetcher("issues", env -> issues));
    types.scalars().keySet().stream()
        .filter(name -> !ScalarInfo.isGraphqlSpecifiedScalar(name))
        .forEach(name -> wiring.scalar(passThrough(name)));
    types
        .getTypes(InterfaceTypeDefinition.class)
        .forEach(
            t ->
                wiring.type(
                    TypeRuntimeWiring.newTypeWiring(t.getName()).typeResolver(env -> null)));
    types
        .getTypes(UnionTypeDefinition.class)
        .forEach(
            t ->
                wiring.type(
                    TypeRuntimeWiring.newTypeWiring(t.getName()).typeResolver(env -> null)));
    return new SchemaGenerator().makeExecutableSchema(types, wiring.build());
  }

  private static GraphQLScalarType passThrough(String name) {
    return GraphQLScalarType.newScalar()
        .name(name)
        .coercing(
            new Coercing<Object, Object>() {
              @Override
              public Object serialize(Object value, GraphQLContext context, Locale locale) {
                return value;
              }

              @Override
              public Object parseValue(Object input, GraphQLContext context, Locale locale) {
                return input;
              }

              @Override
              public Object parseLiteral(
                  Value<?> input,
                  CoercedVariables variables,
                  GraphQLContext context,
                  Locale locale) {
                return input instanceof StringValue ? ((StringValue) input).getValue() : input;
              }
            })
        .build();
  }
}
