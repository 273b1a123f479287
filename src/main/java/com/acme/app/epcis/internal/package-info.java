/** EPCIS internals: schema validation, identifier parsing, event hashing, graph mapping and Cypher. */
@NullMarked
package com.acme.app.epcis.internal;

import org.jspecify.annotations.NullMarked;
