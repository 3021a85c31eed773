/** The repository of work plans: activities with their budget lines. */
@NullMarked
package org.wopplatform.persistence.workplan;

import org.jspecify.annotations.NullMarked;
