package io.statements.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * The two passwords of an embedded PostgreSQL: its superuser's (bootstrap only) and the application role's.
 * Generated on first start and kept next to the data, readable by the owner only (mode 0600), so a restart on the
 * same data directory finds them.
 */
public record DatabaseCredentials(String superuserPassword, String ownerPassword) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public DatabaseCredentials {
        if (superuserPassword == null || superuserPassword.isBlank() || ownerPassword == null || ownerPassword.isBlank()) {
            throw new IllegalArgumentException("both passwords are required");
        }
    }

    /** Fresh random passwords (192 bits each), never written anywhere. */
    public static DatabaseCredentials generate() {
        return new DatabaseCredentials(password(), password());
    }

    /** Reads the file, or creates it (mode 0600) with fresh passwords. */
    public static DatabaseCredentials loadOrCreate(Path file) throws IOException {
        if (!Files.exists(file)) {
            DatabaseCredentials fresh = generate();
            Properties props = new Properties();
            props.setProperty("superuser.password", fresh.superuserPassword());
            props.setProperty("owner.password", fresh.ownerPassword());
            try (OutputStream out = create(file)) {
                props.store(out, "Passwords of the embedded PostgreSQL (generated on first start; keep private)");
                return fresh;
            } catch (FileAlreadyExistsException raced) {
                // another process created it meanwhile: use theirs
            }
        }
        Properties props = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            props.load(in);
        }
        return new DatabaseCredentials(props.getProperty("superuser.password"), props.getProperty("owner.password"));
    }

    private static OutputStream create(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
        return Files.newOutputStream(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
    }

    private static String password() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "DatabaseCredentials[passwords hidden]";
    }
}
