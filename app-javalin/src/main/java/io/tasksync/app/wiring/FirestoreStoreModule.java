package io.tasksync.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.tasksync.adapter.firestore.FirestoreConfig;
import io.tasksync.adapter.firestore.FirestoreModule;

/**
 * The Firestore stores as the adapter's {@link FirestoreModule} binds them, and their description
 * for the log and the page. The webhook secret store is bound only as {@link StoredSecrets}, for
 * the app to seal what goes into it.
 */
public final class FirestoreStoreModule extends AbstractModule {

  private final FirestoreConfig config;

  public FirestoreStoreModule(FirestoreConfig config) {
    this.config = config;
  }

  @Override
  protected void configure() {
    install(new FirestoreModule(config, StoredSecrets.class));
  }

  @Provides
  @Singleton
  StoreDescription description() {
    return new StoreDescription(config.target());
  }
}
