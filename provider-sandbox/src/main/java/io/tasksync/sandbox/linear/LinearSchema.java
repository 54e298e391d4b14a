package io.tasksync.sandbox.linear;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.BooleanValue;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.StringValue;
import graphql.language.UnionTypeDefinition;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.TypeResolver;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.ScalarInfo;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.TypeRuntimeWiring;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Linear's official GraphQL schema (a copy of {@code packages/sdk/src/schema.graphql} of
 * linear/linear, MIT), parsed once and made executable with the stand-in's data fetchers.
 */
final class LinearSchema {

  static final String RESOURCE = "/io/tasksync/sandbox/linear/linear_schema.graphql";

  private static volatile TypeDefinitionRegistry registry;
  private static volatile GraphQLSchema executable;

  private LinearSchema() {}

  /** The parsed schema; parsing takes about half a second, so it is done once per JVM. */
  static TypeDefinitionRegistry registry() {
    TypeDefinitionRegistry parsed = registry;
    if (parsed == null) {
      synchronized (LinearSchema.class) {
        if (registry == null) {
          registry = new SchemaParser().parse(sdl());
        }
        parsed = registry;
      }
    }
    return parsed;
  }

  static String sdl() {
    try (InputStream in = LinearSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the Linear schema is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The executable schema, built once per JVM; its {@code Query} fields read the workspace from the
   * execution's context (see {@link LinearQueryFetchers}).
   */
  static GraphQLSchema executable() {
    GraphQLSchema built = executable;
    if (built == null) {
      synchronized (LinearSchema.class) {
        if (executable == null) {
          executable = build();
        }
        built = executable;
      }
    }
    return built;
  }

  private static GraphQLSchema build() {
    TypeDefinitionRegistry types = registry();
    RuntimeWiring.Builder wiring = RuntimeWiring.newRuntimeWiring();
    wiring.type(
        TypeRuntimeWiring.newTypeWiring("Query")
            .dataFetcher("issues", LinearQueryFetchers::issues)
            .dataFetcher("issue", LinearQueryFetchers::issue)
            .dataFetcher("viewer", LinearQueryFetchers::viewer)
            .dataFetcher("organization", LinearQueryFetchers::organization));
    types.scalars().keySet().stream()
        .filter(name -> !ScalarInfo.isGraphqlSpecifiedScalar(name))
        .forEach(name -> wiring.scalar(passThrough(name)));
    TypeResolver byTypename =
        env -> {
          Object typename = ((Map<?, ?>) env.getObject()).get("__typename");
          GraphQLObjectType type = env.getSchema().getObjectType(String.valueOf(typename));
          if (type == null) {
            throw new IllegalStateException("no __typename on an abstract value");
          }
          return type;
        };
    types
        .getTypes(InterfaceTypeDefinition.class)
        .forEach(
            t ->
                wiring.type(TypeRuntimeWiring.newTypeWiring(t.getName()).typeResolver(byTypename)));
    types
        .getTypes(UnionTypeDefinition.class)
        .forEach(
            t ->
                wiring.type(TypeRuntimeWiring.newTypeWiring(t.getName()).typeResolver(byTypename)));
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
                if (input instanceof StringValue) {
                  return ((StringValue) input).getValue();
                }
                if (input instanceof IntValue) {
                  return ((IntValue) input).getValue();
                }
                if (input instanceof FloatValue) {
                  return ((FloatValue) input).getValue();
                }
                if (input instanceof BooleanValue) {
                  return ((BooleanValue) input).isValue();
                }
                return input;
              }
            })
        .build();
  }
}
