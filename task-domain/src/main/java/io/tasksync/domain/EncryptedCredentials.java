package io.tasksync.domain;

/**
 * OAuth credentials as AEAD ciphertext with the id of the key that sealed them, so keys can rotate.
 * Never holds plaintext.
 */
public record EncryptedCredentials(String keyId, String ciphertext) {

  public EncryptedCredentials {
    Require.notBlank(keyId, "credentials.keyId");
    Require.notBlank(ciphertext, "credentials.ciphertext");
  }

  @Override
  public String toString() {
    return "EncryptedCredentials[keyId=" + keyId + ", ciphertext=<" + ciphertext.length() + ">]";
  }
}
