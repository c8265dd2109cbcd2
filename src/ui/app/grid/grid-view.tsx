// The interactive grid under the output: a filter line, the header, a window of rows with the
// cursor and the selection marks, and a line of keys. Enter passes the chosen rows on; Esc cancels.
import { Box, Text, useInput } from 'ink';
import { useRef, useState } from 'react';
import type { GridRequest } from '../../../runtime/command.js';
import { chosenRows, columnWidths, fitCell, type GridAction, gridReducer, initialGrid, type GridState, visibleRows } from './grid-model.js';

export interface GridViewProps {
  grid: GridRequest;
  width: number;
  /** Rows of the terminal the grid may take. */
  height: number;
  onDone(rows: number[]): void;
}

export function GridView({ grid, width, height, onDone }: GridViewProps) {
  const pageRows = Math.max(3, height - 5);
  const [state, setState] = useState<GridState>(initialGrid);
  // Keys can arrive faster than React re-renders: the handler reads the state from a ref.
  const current = useRef(state);
  const dispatch = (a: GridAction) => {
    current.current = gridReducer(grid, current.current, a, pageRows);
    setState(current.current);
  };

  useInput((input, key) => {
    if (key.return) return onDone(chosenRows(grid, current.current));
    if (key.escape || (key.ctrl && input === 'c')) return onDone([]);
    if (key.upArrow) return dispatch({ kind: 'move', by: -1 });
    if (key.downArrow) return dispatch({ kind: 'move', by: 1 });
    if (key.pageUp) return dispatch({ kind: 'move', by: -pageRows });
    if (key.pageDown) return dispatch({ kind: 'move', by: pageRows });
    if (key.tab && key.shift) return dispatch({ kind: 'reverse' });
    if (key.tab) return dispatch({ kind: 'sort' });
    if (key.ctrl && input === 'a') return dispatch({ kind: 'toggleAll' });
    if (input === ' ' && grid.multiple) return dispatch({ kind: 'toggle' });
    if (key.backspace || key.delete) return dispatch({ kind: 'backspace' });
    if (key.ctrl || key.meta || input === '') return;
    dispatch({ kind: 'type', text: input });
  });

  const rows = visibleRows(grid, state);
  const widths = columnWidths(grid, width);
  const shown = rows.slice(state.top, state.top + pageRows);
  const header = grid.columns.map((c, i) => fitCell(c + (state.sortColumn === i ? (state.descending ? ' ▼' : ' ▲') : ''), widths[i]!)).join(' ');
  return (
    <Box flexDirection="column">
      <Text bold>{grid.title}</Text>
      <Text>
        <Text color="cyan">Filter: </Text>
        {state.filter}
        <Text inverse> </Text>
        <Text dimColor>{`  ${rows.length} of ${grid.rows.length}${grid.multiple ? `, ${state.selected.size} selected` : ''}`}</Text>
      </Text>
      <Text bold>{'   ' + header}</Text>
      {shown.map((r, i) => {
        const line = grid.rows[r]!.map((cell, c) => fitCell(cell, widths[c]!)).join(' ');
        const atCursor = state.top + i === state.cursor;
        return (
          // `>` marks the cursor even without colours; `✓` a selected row.
          <Text key={r} inverse={atCursor}>
            {(atCursor ? '>' : ' ') + (state.selected.has(r) ? '✓ ' : '  ') + line}
          </Text>
        );
      })}
      <Text dimColor>{`Type to filter · ↑↓ PgUp PgDn move · ${grid.multiple ? 'Space select · Ctrl+A all · ' : ''}Tab sort · Shift+Tab reverse · Enter OK · Esc cancel`}</Text>
    </Box>
  );
}
