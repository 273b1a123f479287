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
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * {@code story} and {@code stories} on Product, Facility and Batch. The fields take a {@code locale}
 * argument, so they are served through a batch loader keyed by (subject, locale request) rather than
 * {@code @BatchMapping}: a list of fifty products costs the same two statements as one product.
 */
@Controller
class StoryController {

  StoryController(Stories stories, BatchLoaderRegistry loaders) {
    loaders.<StoryRequest, List<LocalizedStory>>forName("localizedStories")
        .registerMappedBatchLoader((keys, env) -> Mono.fromSupplier(() -> stories.render(keys)));
  }

  @SchemaMapping(typeName = "Product", field = "stories")
  CompletableFuture<List<LocalizedStory>> productStories(Product product, @Argument @Nullable String locale,
      @ContextValue(name = LocaleRequest.ACCEPT_LANGUAGE, required = false) @Nullable String acceptLanguage,
      DataLoader<StoryRequest, List<LocalizedStory>> localizedStories) {
    return load(Subject.of(product), locale, acceptLanguage, localizedStories);
  }

  @SchemaMapping(typeName = "Product", field = "story")
  CompletableFuture<@Nullable LocalizedStory> productStory(Product product, @Argument StoryKind kind,
      @Argument @Nullable String locale,
      @ContextValue(name = LocaleRequest.ACCEPT_LANGUAGE, required = false) @Nullable String acceptLanguage,
      DataLoader<StoryRequest, List<LocalizedStory>> localizedStories) {
    return one(kind, load(Subject.of(product), locale, acceptLanguage, localizedStories));
  }

  @SchemaMapping(typeName = "Facility", field = "stories")
  CompletableFuture<List<LocalizedStory>> facilityStories(Facility facility, @Argument @Nullable String locale,
      @ContextValue(name = LocaleRequest.ACCEPT_LANGUAGE, required = false) @Nullable String acceptLanguage,
      DataLoader<StoryRequest, List<LocalizedStory>> localizedStories) {
    return load(Subject.of(facility), locale, acceptLanguage, localizedStories);
  }

  @SchemaMapping(typeName = "Facility", field = "story")
  CompletableFuture<@Nullable LocalizedStory> facilityStory(Facility facility, @Argument StoryKind kind,
      @Argument @Nullable String locale,
      @ContextValue(name = LocaleRequest.ACCEPT_LANGUAGE, required = false) @Nullable String acceptLanguage,
      DataLoader<StoryRequest, List<LocalizedStory>> localizedStories) {
    return one(kind, load(Subject.of(facility), locale, acceptLanguage, localizedStories));
  }

  @SchemaMapping(typeName = "Batch", field = "stories")
  CompletableFuture<List<LocalizedStory>> batchStories(Batch batch, @Argument @Nullable String locale,
      @ContextValue(name = LocaleRequest.ACCEPT_LANGUAGE, required = false) @Nullable String acceptLanguage,
      DataLoader<StoryRequest, List<LocalizedStory>> localizedStories) {
    return load(Subject.of(batch), locale, acceptLanguage, localizedStories);
  }

  @SchemaMapping(typeName = "Batch", field = "story")
  CompletableFuture<@Nullable LocalizedStory> batchStory(Batch batch, @Argument StoryKind kind,
      @Argument @Nullable String locale,
      @ContextValue(name = LocaleRequest.ACCEPT_LANGUAGE, required = false) @Nullable String acceptLanguage,
      DataLoader<StoryRequest, List<LocalizedStory>> localizedStories) {
    return one(kind, load(Subject.of(batch), locale, acceptLanguage, localizedStories));
  }

  private static CompletableFuture<List<LocalizedStory>> load(Subject subject, @Nullable String locale,
      @Nullable String acceptLanguage, DataLoader<StoryRequest, List<LocalizedStory>> loader) {
    // A malformed locale argument fails here, before loading, as BAD_USER_INPUT naming `locale`.
    return loader.load(new StoryRequest(subject, LocaleRequest.of("locale", locale, acceptLanguage)))
        .thenApply(list -> list == null ? List.of() : list);
  }

  private static CompletableFuture<@Nullable LocalizedStory> one(StoryKind kind, CompletableFuture<List<LocalizedStory>> all) {
    return all.thenApply(list -> list.stream().filter(s -> s.kind() == kind).findFirst().orElse(null));
  }
}
