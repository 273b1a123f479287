package org.origingraph.story.internal;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.origingraph.i18n.LocaleRequest;
import org.origingraph.provenance.Batch;
import org.origingraph.provenance.Facility;
import org.origingraph.provenance.Product;
import org.origingraph.story.LocalizedStory;
import org.origingraph.story.Stories;
import org.origingraph.story.StoryKind;
import org.origingraph.story.StoryRequest;
import org.origingraph.story.Subject;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * {@code story(kind, locale)} and {@code stories(locale)} on every type a story can be about (Product,
 * Facility, Batch), registered once for all of them: the fields are the same on each, only the
 * {@link Subject} differs. The fields take a {@code locale} argument, so they are served through a batch
 * loader keyed by (subject, locale request) rather than {@code @BatchMapping}: a list of fifty products
 * costs the same two statements as one product. Thread-safe.
 */
@Component
class StoryFields implements RuntimeWiringConfigurer {

  /** The GraphQL types that have {@code story} and {@code stories}. */
  static final List<String> SUBJECT_TYPES = List.of("Product", "Facility", "Batch");

  private static final String LOADER = "localizedStories";

  StoryFields(Stories stories, BatchLoaderRegistry loaders) {
    loaders.<StoryRequest, List<LocalizedStory>>forName(LOADER)
        .registerMappedBatchLoader((keys, env) -> Mono.fromSupplier(() -> stories.render(keys)));
  }

  @Override
  public void configure(RuntimeWiring.Builder wiring) {
    for (String type : SUBJECT_TYPES) {
      wiring.type(type, fields -> fields.dataFetcher("stories", StoryFields::stories).dataFetcher("story", StoryFields::story));
    }
  }

  private static CompletableFuture<List<LocalizedStory>> stories(DataFetchingEnvironment env) {
    DataLoader<StoryRequest, List<LocalizedStory>> loader = env.getDataLoader(LOADER);
    String locale = env.getArgument("locale");
    String acceptLanguage = env.getGraphQlContext().get(LocaleRequest.ACCEPT_LANGUAGE);
    // A malformed locale argument fails here, before loading, as BAD_USER_INPUT naming `locale`.
    var request = new StoryRequest(subject(env.getSource()), LocaleRequest.of("locale", locale, acceptLanguage));
    return loader.load(request).thenApply(list -> list == null ? List.of() : list);
  }

  private static CompletableFuture<@Nullable LocalizedStory> story(DataFetchingEnvironment env) {
    StoryKind kind = StoryKind.valueOf(env.<String>getArgument("kind"));
    return stories(env).thenApply(list -> list.stream().filter(s -> s.kind() == kind).findFirst().orElse(null));
  }

  private static Subject subject(@Nullable Object source) {
    return switch (source) {
      case Product product -> Subject.of(product);
      case Facility facility -> Subject.of(facility);
      case Batch batch -> Subject.of(batch);
      case null, default -> throw new IllegalStateException("stories are about products, facilities and batches, not " + source);
    };
  }
}
