package io.sirius.plugin.locksecret.internal.plugin;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.UnresolvedAddress;
import io.sirius.api.plugin.TransactionCodec;
import io.sirius.plugin.locksecret.model.SecretProofTransaction;

/**
 * Reads and writes the Secret_Proof body, version 1: {@code HashAlgorithm u8 | Secret 32 | Recipient 25 |
 * ProofSize u16 | Proof}.
 */
public final class SecretProofTransactionCodec implements TransactionCodec<SecretProofTransaction> {

    @Override
    public SecretProofTransaction decode(BinaryReader body, int version) {
        int hashAlgorithm = body.readU8("HashAlgorithm");
        Hash256 secret = Hash256.of(body.readBytes(Hash256.SIZE, "Secret"));
        UnresolvedAddress recipient = UnresolvedAddress.of(body.readBytes(UnresolvedAddress.SIZE, "Recipient"));
        int proofSize = body.readU16("ProofSize");
        byte[] proof = body.readBytes(proofSize, "Proof");
        return new SecretProofTransaction(hashAlgorithm, secret, recipient, proof);
    }

    @Override
    public void encode(SecretProofTransaction proof, BinaryWriter out, int version) {
        byte[] bytes = proof.proof();
        out.writeU8(proof.hashAlgorithm());
        out.writeBytes(proof.secret().bytes());
        out.writeBytes(proof.recipient().bytes());
        out.writeU16(bytes.length);
        out.writeBytes(bytes);
    }
}
