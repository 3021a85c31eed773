/**
 * Utility (organisation) pages: the list, each organisation's facts and its partnerships
 * as mentor and mentee, and their editing.
 */
@NullMarked
package org.wopplatform.web.utility;

import org.jspecify.annotations.NullMarked;
