package io.tasksync.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The module rules of DESIGN.md, checked on the compiled classes of every module. */
@AnalyzeClasses(
    packages = "io.tasksync",
    importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NoTestJars.class})
class ArchitectureTest {

  /**
   * Under {@code mvn verify} sibling modules' test classes arrive as {@code *-tests.jar}, which
   * {@link ImportOption.DoNotIncludeTests} does not recognise (TNG/ArchUnit #1308).
   */
  static final class NoTestJars implements ImportOption {
    @Override
    public boolean includes(Location location) {
      return !location.contains("-tests.jar");
    }
  }

  private static final String DOMAIN = "io.tasksync.domain..";
  private static final String KIT = "io.tasksync.kit..";
  private static final String[] PORTS = {"io.tasksync.port..", "io.tasksync.application.."};

  @ArchTest
  static final ArchRule domain_depends_only_on_the_jdk =
      noClasses()
          .that()
          .resideInAPackage(DOMAIN)
          .should()
          .dependOnClassesThat()
          .resideOutsideOfPackages(DOMAIN, "java..")
          .because("task-domain is pure: no framework, no I/O, trivially testable");

  @ArchTest
  static final ArchRule ports_depend_only_on_the_domain =
      noClasses()
          .that()
          .resideInAnyPackage(PORTS)
          .should()
          .dependOnClassesThat()
          .resideOutsideOfPackages(
              DOMAIN,
              "io.tasksync.port..",
              "io.tasksync.application..",
              "java..",
              "javax.crypto..",
              "org.slf4j..")
          .because("task-ports depends only on task-domain (and logs through SLF4J)");

  @ArchTest
  static final ArchRule inner_layers_do_not_know_adapters_or_the_app =
      noClasses()
          .that()
          .resideInAnyPackage(DOMAIN, "io.tasksync.port..", "io.tasksync.application..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.tasksync.adapter..", KIT, "io.tasksync.app..", "io.tasksync.sandbox..")
          .because("dependencies point inward: domain <- ports <- kit <- adapters <- app");

  @ArchTest
  static final ArchRule use_cases_are_usable_without_the_app_or_an_adapter =
      noClasses()
          .that()
          .resideInAnyPackage("io.tasksync.port.in..", "io.tasksync.application..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.tasksync.app..",
              "io.tasksync.adapter..",
              KIT,
              "io.tasksync.sandbox..",
              "io.javalin..",
              "com.google.inject..",
              "jakarta.inject..")
          .because(
              "connect, disconnect, webhook intake and sync requests are the library's use cases:"
                  + " an embedder wires them without the app, Guice or any particular adapter");

  @ArchTest
  static final ArchRule the_kit_knows_no_adapter =
      noClasses()
          .that()
          .resideInAPackage(KIT)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("io.tasksync.adapter..", "io.tasksync.app..", "io.tasksync.sandbox..")
          .because("the kit holds what every provider adapter shares; adapters use it, not back");

  @ArchTest
  static final ArchRule adapters_do_not_depend_on_each_other =
      slices()
          .matching("io.tasksync.adapter.(*)..")
          .should()
          .notDependOnEachOther()
          .because("each adapter can be used, replaced or left out on its own");

  @ArchTest
  static final ArchRule nothing_depends_on_the_app =
      noClasses()
          .that()
          .resideOutsideOfPackage("io.tasksync.app..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.tasksync.app..")
          .because("the app is the outermost ring; libraries are usable without it");

  @ArchTest
  static final ArchRule sandbox_shares_no_code_with_the_adapters =
      noClasses()
          .that()
          .resideInAPackage("io.tasksync.sandbox..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.tasksync.adapter..",
              KIT,
              DOMAIN,
              "io.tasksync.port..",
              "io.tasksync.application..")
          .because("a stand-in that reused the adapters' parsing would hide their bugs");

  @ArchTest
  static final ArchRule adapters_do_not_use_the_sandbox =
      noClasses()
          .that()
          .resideInAPackage("io.tasksync.adapter..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.tasksync.sandbox..")
          .because("the sandbox is for tests, the demo and benchmarks, never for production code");

  @ArchTest
  static final ArchRule firestore_sdk_stays_in_its_adapter =
      noClasses()
          .that()
          .resideOutsideOfPackage("io.tasksync.adapter.firestore..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.google.cloud.firestore..")
          .because("vendor SDKs stay in their room");

  @ArchTest
  static final ArchRule scribejava_stays_in_the_provider_adapters =
      noClasses()
          .that()
          .resideOutsideOfPackages(
              "io.tasksync.kit..",
              "io.tasksync.adapter.asana..",
              "io.tasksync.adapter.clickup..",
              "io.tasksync.adapter.linear..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.github.scribejava..")
          .because("OAuth plumbing is the provider kit's and the provider adapters' business");

  @ArchTest
  static final ArchRule javalin_stays_in_the_app_and_the_sandbox =
      noClasses()
          .that()
          .resideOutsideOfPackages("io.tasksync.app..", "io.tasksync.sandbox..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.javalin..")
          .because("HTTP serving belongs to the app and the stand-ins");

  @ArchTest
  static final ArchRule guice_stays_in_the_app_and_adapter_modules =
      noClasses()
          .that()
          .resideOutsideOfPackage("io.tasksync.app..")
          .and()
          .haveSimpleNameNotEndingWith("Module")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.google.inject..", "jakarta.inject..")
          .because("wiring is chosen by the app; adapters only offer a Guice module");

  @ArchTest
  static final ArchRule no_cycles_between_packages =
      slices()
          .matching("io.tasksync.(*)..")
          .should()
          .beFreeOfCycles()
          .because("cycles make modules impossible to separate");

  @ArchTest
  static final ArchRule no_standard_streams =
      NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.because("log through SLF4J, never System.out");

  @ArchTest
  static final ArchRule no_java_util_logging =
      NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.because("SLF4J is the one logging API");

  @ArchTest
  static final ArchRule no_generic_exceptions =
      NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS.because(
          "failures are classified into the ports' exception family");
}
