// Payload report of a published Blazor WebAssembly app: the brotli bytes of each assembly as served (the .br files
// under wwwroot/_framework), and what the core assembly's generated tables cost. Used by .ci/browser-tests.
// Usage: dotnet run tools/Payload/payload.cs -- PUBLISH_DIR LINKED_CORE_DLL LABEL [CORE_BUDGET_BYTES]
// Exit code 1 when the core assembly's .br file is larger than the budget.
using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;

if (args.Length < 3)
{
    Console.Error.WriteLine("usage: payload.cs PUBLISH_DIR LINKED_CORE_DLL LABEL [CORE_BUDGET_BYTES]");
    return 2;
}

string framework = Path.Combine(args[0], "wwwroot", "_framework");
string label = args[2];
long budget = args.Length > 3 ? long.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : long.MaxValue;

// Fingerprinted webcil files: NAME.<fingerprint>.wasm.br (the name itself may contain dots).
long Br(string assembly)
{
    var pattern = new Regex("^" + Regex.Escape(assembly) + @"\.[a-z0-9]{6,}\.wasm\.br$");
    string? file = Directory.EnumerateFiles(framework, "*.wasm.br").FirstOrDefault(f => pattern.IsMatch(Path.GetFileName(f)));
    return file is null ? -1 : new FileInfo(file).Length;
}

long total = Directory.EnumerateFiles(framework, "*.br").Sum(f => new FileInfo(f).Length);
Console.WriteLine($"payload {label}: all _framework .br files {total:N0} bytes");
long core = Br("ChsiValidation");
foreach (string assembly in (string[])["ChsiValidation", "ChsiValidation.FluentValidation", "FluentValidation", "BlazorForm"])
{
    long size = Br(assembly);
    Console.WriteLine($"payload {label}: {assembly} {(size < 0 ? "not published" : $"{size:N0} bytes brotli ({size / 1024.0:F1} KB)")}");
}

// The generated tables are static data blobs (ReadOnlySpan<T> => [...], stored as field RVA data): their size in the
// trimmed core assembly, and alone compressed with brotli at the quality the publish uses.
using (var pe = new PEReader(File.OpenRead(args[1])))
{
    MetadataReader metadata = pe.GetMetadataReader();
    using var blobs = new MemoryStream();
    int fields = 0;
    foreach (FieldDefinitionHandle handle in metadata.FieldDefinitions)
    {
        FieldDefinition field = metadata.GetFieldDefinition(handle);
        int rva = field.GetRelativeVirtualAddress();
        if (rva == 0)
        {
            continue;
        }

        // The blob's size is the size of the field's type: a <PrivateImplementationDetails> struct with an explicit size.
        int size = SizeOf(metadata, field);
        PEMemoryBlock block = pe.GetSectionData(rva);
        blobs.Write(block.GetContent(0, Math.Min(size, block.Length)).AsSpan());

        fields++;
    }

    byte[] raw = blobs.ToArray();
    using var compressed = new MemoryStream();
    using (var brotli = new BrotliStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
    {
        brotli.Write(raw);
    }

    long dll = new FileInfo(args[1]).Length;
    Console.WriteLine($"payload {label}: ChsiValidation generated tables (static data, {fields} fields) {raw.Length:N0} bytes raw of the {dll:N0}-byte trimmed assembly, {compressed.Length:N0} bytes brotli alone ({100.0 * compressed.Length / Math.Max(core, 1):F0}% of the assembly's .br)");
}

if (core < 0)
{
    Console.WriteLine($"payload {label}: FAILED: ChsiValidation's .br file not found in {framework}");
    return 1;
}

if (core > budget)
{
    Console.WriteLine($"payload {label}: FAILED: ChsiValidation is {core:N0} bytes brotli, over the budget of {budget:N0}");
    return 1;
}

Console.WriteLine($"payload {label}: ChsiValidation within the budget of {budget:N0} bytes brotli");
return 0;

static int SizeOf(MetadataReader metadata, FieldDefinition field)
{
    BlobReader signature = metadata.GetBlobReader(field.Signature);
    signature.ReadSignatureHeader();
    SignatureTypeCode code = signature.ReadSignatureTypeCode();
    switch (code)
    {
        case SignatureTypeCode.Byte or SignatureTypeCode.SByte or SignatureTypeCode.Boolean: return 1;
        case SignatureTypeCode.Int16 or SignatureTypeCode.UInt16 or SignatureTypeCode.Char: return 2;
        case SignatureTypeCode.Int32 or SignatureTypeCode.UInt32 or SignatureTypeCode.Single: return 4;
        case SignatureTypeCode.Int64 or SignatureTypeCode.UInt64 or SignatureTypeCode.Double: return 8;
    }

    EntityHandle type = signature.ReadTypeHandle();
    if (type.Kind == HandleKind.TypeDefinition)
    {
        TypeLayout layout = metadata.GetTypeDefinition((TypeDefinitionHandle)type).GetLayout();
        return layout.Size;
    }

    return 0;
}
