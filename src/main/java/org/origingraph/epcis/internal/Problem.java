package org.origingraph.epcis.internal;

/**
 * One thing wrong with a captured document.
 *
 * @param pointer JSON pointer (RFC 6901) into the document, {@code ""} for the document as a whole
 * @param code machine-readable reason: SCHEMA_VIOLATION, UNKNOWN_EVENT_TYPE, INVALID_IDENTIFIER...
 * @param message what is wrong, for the person who sent it
 * @param eventIndex the index in {@code epcisBody.eventList} it belongs to, or -1 for the document
 */
public record Problem(String pointer, String code, String message, int eventIndex) {}
