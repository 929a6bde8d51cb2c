/**
 * A button that opens the file chooser: the hidden input it needs, and the chosen file handed on. The input is
 * emptied after each choice, so that choosing the same file again (after fixing it) loads it again.
 */
import { useRef } from 'react';
import { Button } from '@fluentui/react-components';
import type { ButtonProps } from '@fluentui/react-components';

export function FilePicker(props: {
  readonly label: string;
  readonly accept: string;
  /** Names the input for screen readers (and tests). */
  readonly inputLabel: string;
  readonly inputId?: string;
  readonly appearance?: ButtonProps['appearance'];
  readonly onFile: (file: File) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button appearance={props.appearance} onClick={() => input.current?.click()}>
        {props.label}
      </Button>
      <input
        ref={input}
        id={props.inputId}
        type="file"
        accept={props.accept}
        hidden
        aria-label={props.inputLabel}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) props.onFile(file);
        }}
      />
    </>
  );
}
