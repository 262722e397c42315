package io.sirius.plugin.namespace.internal.state;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.codec.DecodeException;
import io.sirius.api.model.Address;
import io.sirius.api.model.Height;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.NamespaceId;
import io.sirius.api.model.PublicKey;
import io.sirius.api.state.EntrySerializer;
import io.sirius.plugin.namespace.model.NamespaceTypes;
import io.sirius.plugin.namespace.state.ChildNamespace;
import io.sirius.plugin.namespace.state.NamespaceAlias;
import io.sirius.plugin.namespace.state.NamespaceIdSet;
import io.sirius.plugin.namespace.state.NamespaceLifetime;
import io.sirius.plugin.namespace.state.NamespaceRecord;
import io.sirius.plugin.namespace.state.OwnerPublicKey;
import io.sirius.plugin.namespace.state.RetiredHoldings;
import io.sirius.plugin.namespace.state.RootNamespace;
import io.sirius.plugin.namespace.state.RootTerm;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The namespace cache's rows, version 1, little endian. A tag byte says which record follows:
 *
 * <pre>
 * 1 root:   id u64 | nameSize u8 | name | owner 32 | ownerAddress 25 | lifetime | expired u8 | alias
 *           | childCount u32 | childId u64 * childCount | termCount u32 | term * termCount
 * 2 child:  child
 * 3 id set: count u32 | id u64 * count
 * 4 owner:  publicKey 32
 *
 * lifetime: start u64 | end u64 | graceEnd u64
 * alias:    type u8 (0 none, 1 mosaic, 2 address) | mosaicId u64 (type 1) | address 25 (type 2)
 * child:    depth u8 | pathId u64 * depth | nameSize u8 | name | alias
 * term:     owner 32 | ownerAddress 25 | lifetime | expired u8 | retired u8 (0 or 1)
 *           | (alias | childCount u32 | child * childCount, when retired is 1)
 * </pre>
 *
 * <p>Sirius serializes a whole root history per root ({@code RootNamespaceHistorySerializer}: owner, lifetime start and
 * end, alias, children as fixed-size paths); this layout keeps the same facts but stores each child as its own row
 * (so changing a child's alias rewrites that child only) and adds what this node keeps in the cache that Sirius keeps
 * in MongoDB: names, owner addresses and the expiry flag. Every count is checked against the bytes left before
 * anything is allocated; flags must be 0 or 1; ids in sets must ascend.
 */
public final class NamespaceRecordSerializer implements EntrySerializer<NamespaceRecord> {
    /** The version {@link #write} produces. */
    public static final int VERSION = 1;
    /** The tag of a root row. */
    public static final int ROOT = 1;
    /** The tag of a child row. */
    public static final int CHILD = 2;
    /** The tag of an id set row. */
    public static final int ID_SET = 3;
    /** The tag of an owner key row. */
    public static final int OWNER_KEY = 4;

    private static final int MIN_CHILD_SIZE = 1 + 2 * 8 + 1 + 1;
    private static final int MIN_TERM_SIZE = PublicKey.SIZE + Address.SIZE + 3 * 8 + 2;

    @Override
    public int version() {
        return VERSION;
    }

    @Override
    public void write(NamespaceRecord entry, BinaryWriter out) {
        if (entry instanceof RootNamespace root) {
            out.writeU8(ROOT);
            writeRoot(root, out);
        } else if (entry instanceof ChildNamespace child) {
            out.writeU8(CHILD);
            writeChild(child, out);
        } else if (entry instanceof NamespaceIdSet set) {
            out.writeU8(ID_SET);
            writeIds(set, out);
        } else {
            out.writeU8(OWNER_KEY);
            out.writeBytes(((OwnerPublicKey) entry).key().bytes());
        }
    }

    @Override
    public NamespaceRecord read(BinaryReader in, int version) {
        if (version != VERSION) {
            throw new DecodeException("namespace cache entry version " + version + " is unknown");
        }
        int tag = in.readU8("tag");
        switch (tag) {
            case ROOT:
                return readRoot(in);
            case CHILD:
                return readChild(in);
            case ID_SET:
                return readIds(in, "ids");
            case OWNER_KEY:
                return new OwnerPublicKey(PublicKey.of(in.readBytes(PublicKey.SIZE, "publicKey")));
            default:
                throw new DecodeException("namespace cache record tag " + tag + " is unknown");
        }
    }

    private static void writeRoot(RootNamespace root, BinaryWriter out) {
        out.writeI64(root.id().value());
        writeName(root.name(), out);
        out.writeBytes(root.owner().bytes()).writeBytes(root.ownerAddress().bytes());
        writeLifetime(root.lifetime(), out);
        out.writeU8(root.expired() ? 1 : 0);
        writeAlias(root.alias(), out);
        writeIds(root.children(), out);
        out.writeI32(root.history().size());
        for (RootTerm term : root.history()) {
            writeTerm(term, out);
        }
    }

    private static RootNamespace readRoot(BinaryReader in) {
        NamespaceId id = new NamespaceId(in.readI64("id"));
        String name = readName(in);
        PublicKey owner = PublicKey.of(in.readBytes(PublicKey.SIZE, "owner"));
        Address ownerAddress = readAddress(in, "ownerAddress");
        NamespaceLifetime lifetime = readLifetime(in);
        boolean expired = readFlag(in, "expired");
        NamespaceAlias alias = readAlias(in);
        NamespaceIdSet children = readIds(in, "children");
        int terms = in.checkCount(Integer.toUnsignedLong(in.readI32("termCount")), MIN_TERM_SIZE, "terms");
        List<RootTerm> history = new ArrayList<>(terms);
        for (int i = 0; i < terms; i++) {
            history.add(readTerm(in));
        }
        return new RootNamespace(id, name, owner, ownerAddress, lifetime, expired, alias, children, history);
    }

    private static void writeTerm(RootTerm term, BinaryWriter out) {
        out.writeBytes(term.owner().bytes()).writeBytes(term.ownerAddress().bytes());
        writeLifetime(term.lifetime(), out);
        out.writeU8(term.expired() ? 1 : 0);
        out.writeU8(term.retired().isPresent() ? 1 : 0);
        if (term.retired().isPresent()) {
            RetiredHoldings retired = term.retired().get();
            writeAlias(retired.rootAlias(), out);
            out.writeI32(retired.children().size());
            for (ChildNamespace child : retired.children()) {
                writeChild(child, out);
            }
        }
    }

    private static RootTerm readTerm(BinaryReader in) {
        PublicKey owner = PublicKey.of(in.readBytes(PublicKey.SIZE, "term owner"));
        Address ownerAddress = readAddress(in, "term ownerAddress");
        NamespaceLifetime lifetime = readLifetime(in);
        boolean expired = readFlag(in, "term expired");
        Optional<RetiredHoldings> retired = Optional.empty();
        if (readFlag(in, "term retired")) {
            NamespaceAlias rootAlias = readAlias(in);
            int count = in.checkCount(Integer.toUnsignedLong(in.readI32("retired childCount")), MIN_CHILD_SIZE,
                    "retired children");
            List<ChildNamespace> children = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                children.add(readChild(in));
            }
            retired = Optional.of(new RetiredHoldings(rootAlias, children));
        }
        return new RootTerm(owner, ownerAddress, lifetime, expired, retired);
    }

    private static void writeChild(ChildNamespace child, BinaryWriter out) {
        out.writeU8(child.depth());
        for (NamespaceId id : child.path()) {
            out.writeI64(id.value());
        }
        writeName(child.name(), out);
        writeAlias(child.alias(), out);
    }

    private static ChildNamespace readChild(BinaryReader in) {
        int depth = in.readU8("depth");
        if (depth < 2 || depth > NamespaceTypes.MAX_DEPTH) {
            throw new DecodeException("a child namespace has depth 2 or 3, not " + depth);
        }
        List<NamespaceId> path = new ArrayList<>(depth);
        for (int i = 0; i < depth; i++) {
            path.add(new NamespaceId(in.readI64("path")));
        }
        String name = readName(in);
        return new ChildNamespace(path, name, readAlias(in));
    }

    private static void writeIds(NamespaceIdSet set, BinaryWriter out) {
        out.writeI32(set.size());
        for (NamespaceId id : set.ids()) {
            out.writeI64(id.value());
        }
    }

    private static NamespaceIdSet readIds(BinaryReader in, String field) {
        int count = in.checkCount(Integer.toUnsignedLong(in.readI32(field + " count")), 8, field);
        List<NamespaceId> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ids.add(new NamespaceId(in.readI64(field)));
        }
        try {
            return new NamespaceIdSet(ids);
        } catch (IllegalArgumentException e) {
            throw new DecodeException(field + ": " + e.getMessage());
        }
    }

    private static void writeLifetime(NamespaceLifetime lifetime, BinaryWriter out) {
        out.writeI64(lifetime.start().value()).writeI64(lifetime.end().value()).writeI64(lifetime.graceEnd().value());
    }

    private static NamespaceLifetime readLifetime(BinaryReader in) {
        Height start = new Height(in.readI64("start"));
        Height end = new Height(in.readI64("end"));
        Height graceEnd = new Height(in.readI64("graceEnd"));
        try {
            return new NamespaceLifetime(start, end, graceEnd);
        } catch (IllegalArgumentException e) {
            throw new DecodeException("lifetime: " + e.getMessage());
        }
    }

    private static void writeAlias(NamespaceAlias alias, BinaryWriter out) {
        out.writeU8(alias.type().code());
        alias.mosaicId().ifPresent(id -> out.writeI64(id.value()));
        alias.address().ifPresent(address -> out.writeBytes(address.bytes()));
    }

    private static NamespaceAlias readAlias(BinaryReader in) {
        int type = in.readU8("alias type");
        switch (type) {
            case 0:
                return NamespaceAlias.none();
            case 1:
                return NamespaceAlias.of(new MosaicId(in.readI64("alias mosaicId")));
            case 2:
                return NamespaceAlias.of(readAddress(in, "alias address"));
            default:
                throw new DecodeException("alias type " + type + " is unknown");
        }
    }

    private static void writeName(String name, BinaryWriter out) {
        byte[] bytes = name.getBytes(StandardCharsets.ISO_8859_1);
        out.writeU8(bytes.length).writeBytes(bytes);
    }

    private static String readName(BinaryReader in) {
        int size = in.readU8("nameSize");
        return new String(in.readBytes(size, "name"), StandardCharsets.ISO_8859_1);
    }

    private static Address readAddress(BinaryReader in, String field) {
        byte[] bytes = in.readBytes(Address.SIZE, field);
        try {
            return Address.of(bytes);
        } catch (IllegalArgumentException e) {
            throw new DecodeException(field + " is not an address: " + e.getMessage());
        }
    }

    private static boolean readFlag(BinaryReader in, String field) {
        int value = in.readU8(field);
        if (value > 1) {
            throw new DecodeException(field + " must be 0 or 1, not " + value);
        }
        return value == 1;
    }
}
