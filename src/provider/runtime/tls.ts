/**
 * go-plugin's AutoMTLS, provider side: a fresh self-signed certificate per
 * launch, announced in the handshake line; Terraform presents its own
 * certificate (PLUGIN_CLIENT_CERT), which the server requires.
 *
 * The certificate is assembled here in DER with node:crypto doing the key
 * and the signature. @peculiar/x509 produced the same certificate, but
 * loading it cost ~37 ms of a ~180 ms start (bundled) and generating ~12 ms;
 * Terraform pays start-up on every one of its ~3 launches per command. The
 * tests check the result with @peculiar/x509 and node's X509Certificate.
 */
import { KeyObject, generateKeyPairSync, randomBytes, sign } from 'node:crypto';

export interface ServerCertificate {
  certificatePem: string;
  privateKeyPem: string;
  /** DER bytes, base64 without "=" padding, as the handshake line carries it. */
  handshakeCertificate: string;
}

const OID = {
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
  commonName: '2.5.4.3',
  organization: '2.5.4.10',
  basicConstraints: '2.5.29.19',
  keyUsage: '2.5.29.15',
  extendedKeyUsage: '2.5.29.37',
  subjectAltName: '2.5.29.17',
  serverAuth: '1.3.6.1.5.5.7.3.1',
  clientAuth: '1.3.6.1.5.5.7.3.2',
};

/**
 * ECDSA P-256 (fast to generate), subject and SAN "localhost", a CA that
 * signs itself, usable for both TLS ends: what go-plugin generates, and what
 * Terraform verifies the connection against.
 */
export function generateServerCertificate(now = new Date()): ServerCertificate {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const der = selfSignedCertificate(publicKey, privateKey, now);
  const base64 = der.toString('base64');
  return {
    certificatePem: `-----BEGIN CERTIFICATE-----\n${base64.replace(/.{64}/g, '$&\n').replace(/\n?$/, '\n')}-----END CERTIFICATE-----\n`,
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    handshakeCertificate: base64.replace(/=+$/, ''),
  };
}

function selfSignedCertificate(publicKey: KeyObject, privateKey: KeyObject, now: Date): Buffer {
  const name = sequence(
    set(sequence(oid(OID.organization), utf8String('HashiCorp'))),
    set(sequence(oid(OID.commonName), utf8String('localhost'))),
  );
  const signatureAlgorithm = sequence(oid(OID.ecdsaWithSha256));
  // A little slack for clock differences between the two processes.
  const notBefore = new Date(now.getTime() - 30_000);
  const notAfter = new Date(now.getTime() + 30 * 24 * 3600_000);
  // Serial numbers are positive: clear the top bit.
  const serial = randomBytes(16);
  serial[0] = (serial[0]! & 0x7f) | 0x01;
  const keyUsageBits = Buffer.from([0x02, 0xa4]); // 2 unused bits; digitalSignature, keyEncipherment, keyCertSign
  const tbs = sequence(
    tlv(0xa0, integer(Buffer.from([2]))), // version 3
    integer(serial),
    signatureAlgorithm,
    name,
    sequence(utcTime(notBefore), utcTime(notAfter)),
    name,
    publicKey.export({ type: 'spki', format: 'der' }),
    tlv(
      0xa3,
      sequence(
        extension(OID.basicConstraints, true, sequence(tlv(0x01, Buffer.from([0xff])))),
        extension(OID.keyUsage, true, tlv(0x03, keyUsageBits)),
        extension(OID.extendedKeyUsage, false, sequence(oid(OID.serverAuth), oid(OID.clientAuth))),
        extension(OID.subjectAltName, false, sequence(tlv(0x82, Buffer.from('localhost', 'ascii')))),
      ),
    ),
  );
  const signature = sign('sha256', tbs, privateKey); // DER-encoded ECDSA signature
  return sequence(tbs, signatureAlgorithm, tlv(0x03, Buffer.concat([Buffer.from([0]), signature])));
}

function tlv(tag: number, content: Buffer): Buffer {
  const length = content.length;
  let header: number[];
  if (length < 0x80) header = [tag, length];
  else if (length < 0x100) header = [tag, 0x81, length];
  else header = [tag, 0x82, length >> 8, length & 0xff];
  return Buffer.concat([Buffer.from(header), content]);
}

const sequence = (...parts: Buffer[]) => tlv(0x30, Buffer.concat(parts));
const set = (...parts: Buffer[]) => tlv(0x31, Buffer.concat(parts));
const utf8String = (text: string) => tlv(0x0c, Buffer.from(text, 'utf8'));

function integer(bytes: Buffer): Buffer {
  return tlv(0x02, bytes[0]! & 0x80 ? Buffer.concat([Buffer.from([0]), bytes]) : bytes);
}

function oid(dotted: string): Buffer {
  const [first, second, ...rest] = dotted.split('.').map(Number) as [number, number, ...number[]];
  const bytes = [first * 40 + second];
  for (const arc of rest) {
    const chunk = [arc & 0x7f];
    for (let value = arc >> 7; value > 0; value >>= 7) chunk.unshift((value & 0x7f) | 0x80);
    bytes.push(...chunk);
  }
  return tlv(0x06, Buffer.from(bytes));
}

function utcTime(date: Date): Buffer {
  const text = date.toISOString().replace(/[-:T]/g, '').slice(2, 14) + 'Z'; // YYMMDDHHMMSSZ
  return tlv(0x17, Buffer.from(text, 'ascii'));
}

function extension(id: string, critical: boolean, value: Buffer): Buffer {
  return sequence(oid(id), ...(critical ? [tlv(0x01, Buffer.from([0xff]))] : []), tlv(0x04, value));
}
