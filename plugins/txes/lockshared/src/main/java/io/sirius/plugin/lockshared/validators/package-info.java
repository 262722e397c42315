/** The rules both lock families apply the same way (Sirius's {@code lock_shared} validators). */
@Version("1.0.0")
package io.sirius.plugin.lockshared.validators;

import org.osgi.annotation.versioning.Version;
