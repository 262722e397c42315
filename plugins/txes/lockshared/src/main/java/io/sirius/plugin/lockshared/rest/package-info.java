/**
 * What the lock families' REST routes share, as js-xpx-chain-rest serves locks: a lock's JSON with the fields every
 * lock has ({@link io.sirius.plugin.lockshared.rest.LockJson}), one lock by key, a page of the locks an index lists,
 * and an account's locks by public key or address ({@link io.sirius.plugin.lockshared.rest.LockRoutes}).
 */
@Version("1.0.0")
package io.sirius.plugin.lockshared.rest;

import org.osgi.annotation.versioning.Version;
