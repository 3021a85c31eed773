/**
 * What every page shares: languages and their switcher, date formatting, demo logins at
 * start-up.
 */
@NullMarked
package org.wopplatform.web.common;

import org.jspecify.annotations.NullMarked;
