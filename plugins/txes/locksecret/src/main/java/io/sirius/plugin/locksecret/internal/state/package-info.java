/** The byte forms of the SecretLockInfo cache's keys and rows. */
package io.sirius.plugin.locksecret.internal.state;
