package io.tasksync.sandbox.linear;

import graphql.language.Argument;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.VariableReference;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Linear's published complexity rules: 0.1 point per property, 1 point per object, and a
 * connection's nodes multiplied by its page size ({@code first}, 50 when not given); rounded up.
 */
final class LinearComplexity {

  private final Map<String, FragmentDefinition> fragments;
  private final Map<String, Object> variables;

  private LinearComplexity(Document document, Map<String, Object> variables) {
    this.fragments =
        document.getDefinitionsOfType(FragmentDefinition.class).stream()
            .collect(Collectors.toMap(FragmentDefinition::getName, f -> f, (a, b) -> a));
    this.variables = variables == null ? Map.of() : variables;
  }

  /** The estimated cost of the first operation of {@code document}. */
  static long of(Document document, Map<String, Object> variables) {
    OperationDefinition operation =
        document.getDefinitionsOfType(OperationDefinition.class).stream()
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no operation in the document"));
    double cost =
        new LinearComplexity(document, variables).children(operation.getSelectionSet(), 1);
    return (long) Math.ceil(cost - 1e-9);
  }

  private double children(SelectionSet set, int multiplier) {
    double sum = 0;
    if (set == null) {
      return 0;
    }
    for (Selection<?> selection : set.getSelections()) {
      if (selection instanceof Field) {
        sum += field((Field) selection, multiplier);
      } else if (selection instanceof InlineFragment) {
        sum += children(((InlineFragment) selection).getSelectionSet(), multiplier);
      } else if (selection instanceof FragmentSpread) {
        FragmentDefinition f = fragments.get(((FragmentSpread) selection).getName());
        sum += f == null ? 0 : children(f.getSelectionSet(), multiplier);
      }
    }
    return sum;
  }

  private double field(Field field, int multiplier) {
    if (field.getName().startsWith("__")) {
      return 0;
    }
    if (field.getSelectionSet() == null) {
      return 0.1 * multiplier;
    }
    boolean connection =
        field.getSelectionSet().getSelections().stream()
            .anyMatch(s -> s instanceof Field && isListOfConnection(((Field) s).getName()));
    if (!connection) {
      return multiplier + children(field.getSelectionSet(), multiplier);
    }
    int pageSize = pageSize(field);
    double sum = multiplier;
    for (Selection<?> s : field.getSelectionSet().getSelections()) {
      if (s instanceof Field && isListOfConnection(((Field) s).getName())) {
        Field nodes = (Field) s;
        sum += multiplier * pageSize + children(nodes.getSelectionSet(), multiplier * pageSize);
      } else if (s instanceof Field) {
        sum += field((Field) s, multiplier);
      }
    }
    return sum;
  }

  private int pageSize(Field field) {
    for (Argument argument : field.getArguments()) {
      if (argument.getName().equals("first") || argument.getName().equals("last")) {
        Object value = argument.getValue();
        if (value instanceof IntValue) {
          return ((IntValue) value).getValue().intValue();
        }
        if (value instanceof VariableReference) {
          Object bound = variables.get(((VariableReference) value).getName());
          if (bound instanceof Number) {
            return ((Number) bound).intValue();
          }
        }
      }
    }
    return 50;
  }

  private static boolean isListOfConnection(String name) {
    return name.equals("nodes") || name.equals("edges");
  }
}
