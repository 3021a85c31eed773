/**
 * Open data for anyone, without signing in: the published partnerships as a JSON API
 * ({@code /api/v1/partnerships}, described by {@code /api/v1/openapi.json}) and as an
 * IATI 2.03 activity file ({@code /api/v1/iati/activities.xml}).
 */
@NullMarked
package org.wopplatform.web.opendata;

import org.jspecify.annotations.NullMarked;
