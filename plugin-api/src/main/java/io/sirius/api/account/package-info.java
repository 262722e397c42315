/**
 * Account state, the core cache every plugin may read: balances per mosaic, the public key and address with
 * the heights they became known, and the harvesting link. (The balance history effective balances come from is a
 * kernel index outside the state hash, so that rolling blocks back restores the hashed state exactly.)
 * The kernel's core system owns the cache; plugins change it only through notifications the core observes
 * (balance transfers and debits) or, for account-level facts (a remote link), through their own observers.
 */
@Version("1.1.0")
package io.sirius.api.account;

import org.osgi.annotation.versioning.Version;
