/**
 * Value types every plugin needs: keys, hashes, signatures, addresses, ids, amounts, heights and the
 * entity type and version fields of the Sirius wire format.
 *
 * <p>All are immutable. uint64 wire values are held in Java {@code long}s and compared unsigned.
 */
@Version("1.1.0")
package io.sirius.api.model;

import org.osgi.annotation.versioning.Version;
