package io.tasksync.adapter.firestore;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.cloud.firestore.Query;
import com.google.firestore.v1.StructuredQuery;
import io.tasksync.domain.IntegrationId;
import io.tasksync.domain.OrganizationId;
import io.tasksync.domain.Provider;
import io.tasksync.domain.StatusCategory;
import io.tasksync.port.out.TaskQuery;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every query the stores send that needs a composite index has one declared in {@code
 * firestore.indexes.json} (production Firestore refuses such a query without it; the emulator does
 * not check). The queries are the stores' own, read back as the request protos they send.
 */
class FirestoreIndexesTest {

  private static final Path INDEXES = Path.of("firestore.indexes.json");
  private static FirestoreStores stores;
  private static JsonNode declared;

  @BeforeAll
  static void open() throws IOException {
    stores = FirestoreStores.create(FirestoreConfig.emulator("index-check", "127.0.0.1:9"));
    declared = new ObjectMapper().readTree(INDEXES.toFile()).path("indexes");
  }

  @AfterAll
  static void close() {
    stores.close();
  }

  @Test
  void everyTaskListingVariant_hasItsCompositeIndex() {
    TaskListing listing = ((FirestoreTaskStore) stores.taskStore()).listing();
    List<String> missing = new ArrayList<>();
    int variants = 0;
    for (int scope = 0; scope < 3; scope++) {
      for (boolean statuses : new boolean[] {false, true}) {
        for (boolean includeDeleted : new boolean[] {false, true}) {
          for (int extra = 0; extra < 6; extra++) {
            TaskQuery q =
                TaskQuery.of(OrganizationId.of("org"), 50)
                    .withIntegration(scope == 1 ? IntegrationId.of("int") : null)
                    .withProvider(scope == 2 ? Provider.CLICKUP : null)
                    .withStatuses(
                        statuses ? Set.of(StatusCategory.DONE, StatusCategory.TODO) : Set.of())
                    .withIncludeDeleted(includeDeleted);
            q =
                switch (extra) {
                  case 1 -> q.withUpdatedSince(Instant.EPOCH);
                  case 2 -> q.withDue(LocalDate.EPOCH, null);
                  case 3 -> q.withDue(LocalDate.EPOCH, LocalDate.EPOCH.plusDays(9));
                  case 4 -> q.withAssignee("ada@example.com");
                  case 5 -> q.withTitleWord("login");
                  default -> q;
                };
            check(listing.query(q), "tasks", missing);
            variants++;
          }
        }
      }
    }

    assertThat(variants).isEqualTo(72);
    assertThat(missing).isEmpty();
  }

  @Test
  void theReconciliationIdListing_andTheWorkspaceLookup_haveTheirIndexes() {
    List<String> missing = new ArrayList<>();

    check(
        ((FirestoreTaskStore) stores.taskStore()).idsQuery(IntegrationId.of("int")),
        "tasks",
        missing);
    check(
        ((FirestoreTaskStore) stores.taskStore())
            .deletedSinceQuery(IntegrationId.of("int"), Instant.EPOCH),
        "tasks",
        missing);
    check(
        ((FirestoreIntegrationStore) stores.integrationStore())
            .workspaceQuery(Provider.ASANA, "ws-1"),
        "integrations",
        missing);
    check(
        ((FirestoreRunHistoryStore) stores.runHistoryStore()).newestFirst(IntegrationId.of("int")),
        "runs",
        missing);

    assertThat(missing).isEmpty();
  }

  @Test
  void theWebhookDeliveryQueries_haveTheirIndexes() {
    FirestoreWebhookDeliveryLog log = (FirestoreWebhookDeliveryLog) stores.webhookDeliveryLog();
    List<String> missing = new ArrayList<>();

    check(log.sweepQuery(Instant.EPOCH, 50), "webhookDeliveries", missing);
    check(log.integrationQuery(IntegrationId.of("int")), "webhookDeliveries", missing);

    assertThat(missing).isEmpty();
  }

  @Test
  void theCheck_reportsAQueryWithoutAnIndex() {
    List<String> missing = new ArrayList<>();

    check(
        stores
            .firestore()
            .collection("tasks")
            .whereEqualTo(TaskFields.PROVIDER, "asana")
            .orderBy(TaskFields.TITLE),
        "tasks",
        missing);

    assertThat(missing).hasSize(1);
  }

  /**
   * Adds to {@code missing} the index a query needs when none is declared: its equality fields (in
   * any order) followed by its order fields, as Firestore builds composite indexes.
   */
  private static void check(Query query, String collection, List<String> missing) {
    StructuredQuery sq = query.toProto().getStructuredQuery();
    Set<String> equality = new LinkedHashSet<>();
    Set<String> arrayContains = new LinkedHashSet<>();
    List<String> order = new ArrayList<>();
    for (StructuredQuery.FieldFilter f : fieldFilters(sq.getWhere())) {
      String field = f.getField().getFieldPath();
      switch (f.getOp()) {
        case EQUAL, IN -> equality.add(field);
        case ARRAY_CONTAINS -> arrayContains.add(field);
        default -> {
          if (!order.contains(field)) {
            order.add(field);
          }
        }
      }
    }
    for (StructuredQuery.Order o : sq.getOrderByList()) {
      String field = o.getField().getFieldPath();
      if (!"__name__".equals(field) && !order.contains(field)) {
        order.add(field);
      }
    }
    boolean needsComposite =
        (!order.isEmpty() && !(equality.isEmpty() && arrayContains.isEmpty()))
            || order.size() > 1
            || !arrayContains.isEmpty() && !equality.isEmpty();
    if (needsComposite && !declared(collection, equality, arrayContains, order)) {
      missing.add(collection + ": " + equality + " + " + arrayContains + " then " + order);
    }
  }

  private static boolean declared(
      String collection, Set<String> equality, Set<String> arrayContains, List<String> order) {
    for (JsonNode index : declared) {
      if (!collection.equals(index.path("collectionGroup").asText())) {
        continue;
      }
      Set<String> eq = new LinkedHashSet<>();
      Set<String> contains = new LinkedHashSet<>();
      List<String> rest = new ArrayList<>();
      JsonNode fields = index.path("fields");
      int prefix = equality.size();
      for (int i = 0; i < fields.size(); i++) {
        JsonNode field = fields.get(i);
        String path = field.path("fieldPath").asText();
        if ("CONTAINS".equals(field.path("arrayConfig").asText())) {
          contains.add(path);
        } else if (eq.size() < prefix) {
          eq.add(path);
        } else {
          rest.add(path);
        }
      }
      if (eq.equals(equality) && contains.equals(arrayContains) && rest.equals(order)) {
        return true;
      }
    }
    return false;
  }

  private static List<StructuredQuery.FieldFilter> fieldFilters(StructuredQuery.Filter filter) {
    List<StructuredQuery.FieldFilter> out = new ArrayList<>();
    if (filter.hasFieldFilter()) {
      out.add(filter.getFieldFilter());
    } else if (filter.hasCompositeFilter()) {
      filter.getCompositeFilter().getFiltersList().forEach(f -> out.addAll(fieldFilters(f)));
    }
    return out;
  }
}
