package org.origingraph.epcis;

/**
 * One thing wrong with a captured document or event.
 *
 * @param pointer JSON pointer (RFC 6901) to the offending member; {@code ""} for the document itself
 * @param code SCHEMA_VIOLATION, UNKNOWN_EVENT_TYPE, INVALID_IDENTIFIER, MALFORMED_JSON, STORAGE_FAILED...
 * @param message what is wrong, for a person
 */
public record CaptureProblem(String pointer, String code, String message) {}
