/**
 * Notifications: the typed facts a transaction is turned into. Handlers publish them, validators judge
 * them and observers apply them. The kernel publishes the core notifications below for every transaction;
 * plugins add their own records in their {@code model} packages.
 */
@Version("1.2.0")
package io.sirius.api.notification;

import org.osgi.annotation.versioning.Version;
