/**
 * The annual report's repositories and its figures: counted in SQL from the records (a
 * draft), or read back as they were frozen at publication (a published report).
 */
@NullMarked
package org.wopplatform.persistence.report;

import org.jspecify.annotations.NullMarked;
