/** A button that opens the file picker and hands over the chosen file; the same file can be chosen again. */
export function FileButton({ label, accept, testId, onFile }: { label: string; accept: string; testId: string; onFile(file: File): void }) {
  return (
    <label className="file-button">
      {label}
      <input
        type="file"
        accept={accept}
        data-testid={testId}
        onChange={(e) => {
          const f = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (f) onFile(f);
        }}
      />
    </label>
  );
}
