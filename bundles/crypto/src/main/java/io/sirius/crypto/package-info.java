/**
 * The Sirius crypto primitives: Ed25519 in the SHA3-512 (account v1, pre-v2) and SHA-512 (account v2,
 * RFC 8032) schemes, the hashes of the chain (SHA3-256/512, Keccak-256, RIPEMD-160, SHA-256), addresses,
 * mosaic and namespace ids, key files, and the hashing and signing rules of transactions, cosignatures and
 * blocks.
 *
 * <p>Hash functions come from BouncyCastle's lightweight digests; the curve arithmetic is our own, on
 * BouncyCastle's public field arithmetic ({@code org.bouncycastle.math.ec.rfc7748.X25519Field}).
 */
@Version("1.1.0")
package io.sirius.crypto;

import org.osgi.annotation.versioning.Version;
