/**
 * The kernel's services for the rest of the node (shell, REST): the plugin registry and what it knows of
 * each plugin. Plugins themselves never need this package; they compile against {@code io.sirius.api} alone.
 */
@Version("0.1.0")
package io.sirius.kernel;

import org.osgi.annotation.versioning.Version;
