/**
 * Validation results in Sirius's uint32 status encoding:
 * {@code severity << 30 | flags << 24 | facility << 16 | code}.
 *
 * <p>Each plugin declares its codes in one enum implementing {@link io.sirius.api.result.ResultCode}
 * (one facility per family), the way Catapult's {@code Results.h} does.
 */
@Version("1.2.0")
package io.sirius.api.result;

import org.osgi.annotation.versioning.Version;
