package io.sirius.plugin.multisig.internal.rest;

import io.sirius.api.model.PublicKey;
import io.sirius.plugin.multisig.state.MultisigEntry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A multisig entry as js-xpx-chain-rest shows it (MultisigAccountInfoDTO): {@code {"multisig": {account,
 * accountAddress, minApproval, minRemoval, cosignatories, multisigAccounts}}}, keys and the address in upper-case hex,
 * the key lists in key order.
 */
final class MultisigJson {

    private MultisigJson() {
    }

    /**
     * @param entry an entry
     * @return its MultisigAccountInfoDTO
     */
    static Map<String, Object> of(MultisigEntry entry) {
        Map<String, Object> multisig = new LinkedHashMap<>();
        multisig.put("account", entry.account().toHex());
        multisig.put("accountAddress", entry.accountAddress().toHex());
        multisig.put("minApproval", entry.minApproval());
        multisig.put("minRemoval", entry.minRemoval());
        multisig.put("cosignatories", hex(entry.cosignatories()));
        multisig.put("multisigAccounts", hex(entry.multisigAccounts()));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("multisig", multisig);
        return json;
    }

    private static List<String> hex(List<PublicKey> keys) {
        return keys.stream().map(PublicKey::toHex).toList();
    }
}
