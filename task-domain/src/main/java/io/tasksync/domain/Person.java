package io.tasksync.domain;

/** A user of the provider: an assignee or a creator. Name and email may be null. */
public record Person(String externalId, String name, String email) {

  public Person {
    Require.notBlank(externalId, "person.externalId");
    name = Require.blankToNull(name);
    email = Require.blankToNull(email);
  }

  public static Person of(String externalId, String name, String email) {
    return new Person(externalId, name, email);
  }
}
