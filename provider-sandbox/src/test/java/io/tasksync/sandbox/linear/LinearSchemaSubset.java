package io.tasksync.sandbox.linear;

import graphql.language.AstPrinter;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.language.FieldDefinition;
import graphql.language.ImplementingTypeDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.NonNullType;
import graphql.language.Type;
import graphql.language.TypeDefinition;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Lists where a schema is not a faithful subset of another: every type, field, argument, input
 * field and enum value of {@code part} must exist in {@code whole} with the same kind and the same
 * type (name, list and non-null wrappers), and nothing {@code whole} requires may be left out.
 */
final class LinearSchemaSubset {

  private final TypeDefinitionRegistry whole;
  private final List<String> problems = new ArrayList<>();

  private LinearSchemaSubset(TypeDefinitionRegistry whole) {
    this.whole = whole;
  }

  /**
   * The differences found, each naming its coordinate (e.g. {@code Issue.title}); empty if none.
   */
  static List<String> differences(TypeDefinitionRegistry part, TypeDefinitionRegistry whole) {
    LinearSchemaSubset check = new LinearSchemaSubset(whole);
    part.types().values().forEach(check::type);
    part.scalars().keySet().stream()
        .filter(name -> !whole.scalars().containsKey(name))
        .forEach(name -> check.problems.add("scalar " + name + ": not in the published schema"));
    return check.problems;
  }

  private void type(TypeDefinition<?> mine) {
    String name = mine.getName();
    TypeDefinition<?> theirs = whole.getType(name).orElse(null);
    if (theirs == null) {
      problems.add(name + ": no such type in the published schema");
    } else if (theirs.getClass() != mine.getClass()) {
      problems.add(name + ": is " + kind(mine) + " here but " + kind(theirs) + " there");
    } else if (mine instanceof ImplementingTypeDefinition) {
      implementing((ImplementingTypeDefinition<?>) mine, (ImplementingTypeDefinition<?>) theirs);
    } else if (mine instanceof InputObjectTypeDefinition) {
      inputs(
          name,
          ((InputObjectTypeDefinition) mine).getInputValueDefinitions(),
          ((InputObjectTypeDefinition) theirs).getInputValueDefinitions());
    } else if (mine instanceof EnumTypeDefinition) {
      List<String> values =
          ((EnumTypeDefinition) theirs)
              .getEnumValueDefinitions().stream().map(EnumValueDefinition::getName).toList();
      ((EnumTypeDefinition) mine)
          .getEnumValueDefinitions().stream()
              .map(EnumValueDefinition::getName)
              .filter(v -> !values.contains(v))
              .forEach(v -> problems.add(name + "." + v + ": no such enum value"));
    }
  }

  private void implementing(ImplementingTypeDefinition<?> mine, ImplementingTypeDefinition<?> th) {
    List<String> interfaces = th.getImplements().stream().map(AstPrinter::printAst).toList();
    mine.getImplements().stream()
        .map(AstPrinter::printAst)
        .filter(i -> !interfaces.contains(i))
        .forEach(i -> problems.add(mine.getName() + ": does not implement " + i + " there"));
    Map<String, FieldDefinition> fields =
        byName(th.getFieldDefinitions(), FieldDefinition::getName);
    for (FieldDefinition field : mine.getFieldDefinitions()) {
      String at = mine.getName() + "." + field.getName();
      FieldDefinition other = fields.get(field.getName());
      if (other == null) {
        problems.add(at + ": no such field");
        continue;
      }
      sameType(at, field.getType(), other.getType());
      inputs(at, field.getInputValueDefinitions(), other.getInputValueDefinitions());
    }
  }

  private void inputs(String at, List<InputValueDefinition> mine, List<InputValueDefinition> th) {
    Map<String, InputValueDefinition> theirs = byName(th, InputValueDefinition::getName);
    for (InputValueDefinition input : mine) {
      InputValueDefinition other = theirs.get(input.getName());
      if (other == null) {
        problems.add(at + "(" + input.getName() + "): no such argument or input field");
      } else {
        sameType(at + "(" + input.getName() + ")", input.getType(), other.getType());
      }
    }
    List<String> names = mine.stream().map(InputValueDefinition::getName).toList();
    th.stream()
        .filter(i -> i.getType() instanceof NonNullType && i.getDefaultValue() == null)
        .filter(i -> !names.contains(i.getName()))
        .forEach(i -> problems.add(at + "(" + i.getName() + "): required there, missing here"));
  }

  private void sameType(String at, Type<?> mine, Type<?> theirs) {
    String here = AstPrinter.printAst(mine);
    String there = AstPrinter.printAst(theirs);
    if (!here.equals(there)) {
      problems.add(at + ": " + here + " here but " + there + " in the published schema");
    }
  }

  private static String kind(TypeDefinition<?> type) {
    return type.getClass().getSimpleName().replace("TypeDefinition", "").toLowerCase();
  }

  private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
    return items.stream().collect(Collectors.toMap(name, t -> t, (a, b) -> a));
  }
}
