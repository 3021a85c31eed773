/**
 * Countries, regional platforms and the offline map of partnerships.
 */
@NullMarked
package org.wopplatform.web.place;

import org.jspecify.annotations.NullMarked;
