/**
 * The home page: the published partnerships, newest knowledge first, for everyone.
 */
@NullMarked
package org.wopplatform.web.home;

import org.jspecify.annotations.NullMarked;
