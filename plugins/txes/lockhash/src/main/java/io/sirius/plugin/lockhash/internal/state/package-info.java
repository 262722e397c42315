/** The byte forms of the HashLockInfo cache's keys and rows. */
package io.sirius.plugin.lockhash.internal.state;
