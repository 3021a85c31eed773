/**
 * Where the data lives: the embedded PostgreSQL started when no SPRING_DATASOURCE_URL is
 * given, demo-data wiring, and clear start-up failures for bad database configuration.
 */
@NullMarked
package org.wopplatform.persistence.database;

import org.jspecify.annotations.NullMarked;
