package org.origingraph.story;

import org.origingraph.i18n.LocaleRequest;

/**
 * A reader's request for the stories about one subject; the batch loader's key.
 *
 * @param subject what the stories are about
 * @param locale what the reader asked for
 */
public record StoryRequest(Subject subject, LocaleRequest locale) {}
