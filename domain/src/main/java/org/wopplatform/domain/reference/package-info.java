/**
 * Reference lists of the field (countries, SDG goals and targets, working areas, KPIs,
 * regional platforms, funding programmes). Read-only: they change through migrations.
 */
@NullMarked
package org.wopplatform.domain.reference;

import org.jspecify.annotations.NullMarked;
