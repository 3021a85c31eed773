/**
 * SDG goals and targets with the partnerships that contribute to them.
 */
@NullMarked
package org.wopplatform.web.sdg;

import org.jspecify.annotations.NullMarked;
