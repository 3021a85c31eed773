/**
 * The reference lists the secretariat keeps in the browser (working areas, KPIs, units,
 * currencies, platforms, funding programmes, partner roles, capacity and practice
 * dimensions): entries added, renamed, retired and restored, never deleted, every change
 * audited.
 */
@NullMarked
package org.wopplatform.web.lists;

import org.jspecify.annotations.NullMarked;
