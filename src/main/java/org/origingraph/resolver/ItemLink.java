package org.origingraph.resolver;

import org.jspecify.annotations.Nullable;

/**
 * One typed link from an identified item to a resource about it (RFC 8288 terms).
 *
 * @param relation the link type as a full URI, e.g. {@code https://gs1.org/voc/pip}
 * @param href the target
 * @param title human-readable title
 * @param hreflang BCP 47 tag of the target's language; {@code null} when it is language-neutral
 * @param type media type of the target
 */
record ItemLink(String relation, String href, String title, @Nullable String hreflang, String type) {}
