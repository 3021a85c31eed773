/** The repository of capacity dimensions chosen per working area. */
@NullMarked
package org.wopplatform.persistence.capacity;

import org.jspecify.annotations.NullMarked;
