/**
 * Partnership pages: the search with its filters, the record page, its history, and
 * editing by coordinators and the secretariat.
 */
@NullMarked
package org.wopplatform.web.partnership;

import org.jspecify.annotations.NullMarked;
